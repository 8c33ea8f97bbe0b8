/* Staff session countdown (WCAG 2.2.1): the page already says when the session ends and offers "계속 사용" without
   script; this only announces, in the form's live region, that the end is two minutes away, and then that it came. */
(function () {
  var form = document.querySelector('form.session-timeout');
  if (!form) {
    return;
  }
  var region = form.querySelector('.session-warning');
  var endsAt = Date.now() + Number(form.getAttribute('data-seconds')) * 1000;
  var warned = false;
  var timer = window.setInterval(function () {
    var left = endsAt - Date.now();
    if (left <= 0) {
      region.textContent = form.getAttribute('data-ended');
      window.clearInterval(timer);
    } else if (left <= 120000 && !warned) {
      warned = true;
      region.textContent = form.getAttribute('data-warning');
    }
  }, 5000);
}());

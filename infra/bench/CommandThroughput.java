import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P3, command throughput end to end: one client per score sheet (application id and evaluator account), all at once,
 * each sending ScoreIndicatorCommand over HTTP (PUT .../score-sheets/mine/{code}) as its evaluator, one request after
 * the other, for the given seconds after a warm-up. Only acknowledged commands (2xx: the events are committed to the
 * event store before the answer) count. Authentication is either HTTP Basic on every request ("basic": a password
 * hash check each time) or a signed-in session ("session": form login once per client, then the session cookie and
 * its CSRF token).
 * Run with the JDK's source launcher, no build: java infra/bench/CommandThroughput.java BASE SECONDS MODE ID:EVALUATOR...
 * Prints: "commands/s acknowledged refused".
 */
public class CommandThroughput {

    private static final String CODE = "2.1.1.1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        boolean session = args[2].equals("session");
        List<String[]> sheets = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            sheets.add(args[i].split(":"));
        }
        // Every client signs in first: the clock starts once all are ready.
        List<HttpClient> https = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String[] sheet : sheets) {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            tokens.add(session ? signIn(http, base, sheet[1]) : null);
            https.add(http);
        }
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long warmUpEnds = System.nanoTime() + 2_000_000_000L;
        long ends = warmUpEnds + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            String[] sheet = sheets.get(i);
            HttpClient http = https.get(i);
            String token = tokens.get(i);
            Thread client = new Thread(() -> score(http, base, token, sheet[0], sheet[1], warmUpEnds, ends,
                    acknowledged, refused));
            clients.add(client);
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        System.out.printf("%.0f %d %d%n", acknowledged.get() / (double) seconds, acknowledged.get(), refused.get());
    }

    /** With a session's CSRF token (the session mode) or else with HTTP Basic. */
    private static void score(HttpClient http, String base, String csrfToken, String application, String evaluator,
                              long warmUpEnds, long ends, AtomicLong acknowledged, AtomicLong refused) {
        try {
            String basic = "Basic " + Base64.getEncoder().encodeToString((evaluator + ":demo")
                    .getBytes(StandardCharsets.UTF_8));
            URI uri = URI.create(base + "/api/v1/applications/" + application + "/score-sheets/mine/" + CODE);
            for (long n = 0; System.nanoTime() < ends; n++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"points\": " + (n % 2)
                                + ", \"basis\": \"제출 근거자료 검토\", \"rationale\": \"부하 시험 채점 " + n + "\"}"));
                if (csrfToken != null) {
                    request.header("X-CSRF-TOKEN", csrfToken);
                } else {
                    request.header("Authorization", basic);
                }
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (System.nanoTime() >= warmUpEnds) {
                    (status / 100 == 2 ? acknowledged : refused).incrementAndGet();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs in through the form and answers the session's CSRF token, which its API calls carry as a script would. */
    private static String signIn(HttpClient http, String base, String account) throws Exception {
        String token = csrfToken(http, base + "/login");
        String form = "username=" + account + "&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != 302) {
            throw new IllegalStateException("sign-in of " + account + " answered " + status);
        }
        return csrfToken(http, base + "/staff");
    }

    private static String csrfToken(HttpClient http, String page) throws Exception {
        Matcher csrf = CSRF.matcher(http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return csrf.group(1);
    }
}

package kr.smartcity.registry.web.staff.admin;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.web.security.Account;
import kr.smartcity.registry.web.security.AccountAdministration;
import kr.smartcity.registry.web.security.AccountAdministration.NewAccount;
import kr.smartcity.registry.web.security.AccountRefusal;

/**
 * 계정 관리 (시스템 관리자): the list of accounts and their latest changes, a new account, and one account's roles and
 * rounds, password and whether it may sign in. Each form is a POST; a refusal comes back beside its field with 400
 * (409 for a taken name or a change that would lock the administrator out) and nothing changes.
 */
@Controller
@RequestMapping("/staff/admin")
class AdminAccountsPages {

    private static final int CHANGES_SHOWN = 50;

    private final AccountAdministration accounts;

    AdminAccountsPages(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.accounts().stream().map(AccountView::of).toList());
        model.addAttribute("changes", accounts.latestChanges(CHANGES_SHOWN).stream().map(ChangeView::of).toList());
        return "staff/admin/accounts";
    }

    @GetMapping("/accounts/new")
    String newAccount(Model model) {
        model.addAttribute("form", new AccountForm());
        model.addAttribute("errors", Map.of());
        return "staff/admin/account-new";
    }

    @PostMapping("/accounts")
    String create(@ModelAttribute("form") AccountForm form, Authentication who, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Account created = accounts.create(new NewAccount(form.getName(), form.getDisplayName(), form.getRoles(),
                    form.password(), form.roundIds()), who.getName());
            redirect.addAttribute("created", "");
            return "redirect:/staff/admin/accounts/" + created.name();
        } catch (AccountRefusal refusal) {
            refused(refusal, model, response);
            return "staff/admin/account-new";
        }
    }

    @GetMapping("/accounts/{name}")
    String account(@PathVariable String name, Model model) {
        Account account = find(name);
        return show(account, formOf(account), Map.of(), model);
    }

    @PostMapping("/accounts/{name}/roles")
    String assign(@PathVariable String name, @ModelAttribute("form") AccountForm form, Authentication who,
                  Model model, HttpServletResponse response) {
        return change(name, form, model, response, "admin.done.roles",
                () -> accounts.assign(name, form.getRoles(), form.roundIds(), who.getName()));
    }

    @PostMapping("/accounts/{name}/password")
    String resetPassword(@PathVariable String name, @ModelAttribute("form") AccountForm form, Authentication who,
                         Model model, HttpServletResponse response) {
        return change(name, form, model, response, "admin.done.password",
                () -> accounts.resetPassword(name, form.password(), who.getName()));
    }

    @PostMapping("/accounts/{name}/enabled")
    String enable(@PathVariable String name, @RequestParam boolean enabled, Authentication who, Model model,
                  HttpServletResponse response) {
        return change(name, formOf(find(name)), model, response, enabled ? "admin.done.enabled" : "admin.done.disabled",
                () -> accounts.setEnabled(name, enabled, who.getName()));
    }

    private String change(String name, AccountForm form, Model model, HttpServletResponse response, String done,
                          Supplier<Account> change) {
        find(name);
        try {
            Account changed = change.get();
            model.addAttribute("doneKey", done);
            return show(changed, formOf(changed), Map.of(), model);
        } catch (AccountRefusal refusal) {
            refused(refusal, model, response);
            return show(find(name), form, refusal.problems(), model);
        }
    }

    /** The roles and rounds form as the account has them now. */
    private static AccountForm formOf(Account account) {
        AccountForm form = new AccountForm();
        form.setRoles(account.roles().stream().map(Enum::name).toList());
        form.setRounds(String.join(", ", account.rounds().stream().sorted().toList()));
        return form;
    }

    private String show(Account account, AccountForm form, Map<String, String> errors, Model model) {
        model.addAttribute("shown", AccountView.of(account));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "staff/admin/account";
    }

    private Account find(String name) {
        try {
            return accounts.account(name);
        } catch (AccountRefusal notFound) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static void refused(AccountRefusal refusal, Model model, HttpServletResponse response) {
        model.addAttribute("errors", refusal.problems());
        response.setStatus(refusal.kind() == AccountRefusal.Kind.CONFLICT
                ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
    }
}

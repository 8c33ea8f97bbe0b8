package kr.smartcity.registry.web.staff.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the admin's account forms send, as typed: checked boxes for roles, round ids separated by commas or spaces.
 * Checked by {@code AccountAdministration}, not here, so the pages and the API refuse the same things.
 */
class AccountForm {

    private String name = "";
    private String displayName = "";
    private List<String> roles = new ArrayList<>();
    private String rounds = "";
    private String password = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public String getRounds() {
        return rounds;
    }

    public void setRounds(String rounds) {
        this.rounds = rounds == null ? "" : rounds;
    }

    /** Never shown again on a page; the field is always rendered empty. */
    public String getPassword() {
        return "";
    }

    String password() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    List<String> roundIds() {
        return Arrays.stream(rounds.split("[,\\s]+")).filter(id -> !id.isBlank()).toList();
    }
}

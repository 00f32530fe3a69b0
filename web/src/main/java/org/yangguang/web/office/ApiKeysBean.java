package org.yangguang.web.office;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.security.ApiKey;
import org.yangguang.security.ApiKeys;
import org.yangguang.web.support.Faces;

/** API密钥: the office issues a key to a machine account (shown once) and revokes it with a reason. */
@Named
@ViewScoped
public class ApiKeysBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ApiKeys keys;

    private List<ApiKey> all;
    private List<String> clients;
    private String username;
    private String name;
    private String issuedToken;
    private ApiKey toRevoke;
    private String reason;

    public List<ApiKey> getAll() {
        if (all == null) all = keys.all();
        return all;
    }

    public List<String> getClients() {
        if (clients == null) clients = keys.clients();
        return clients;
    }

    public void issue() {
        ApiKeys.Issued issued = Faces.attempt(() -> keys.issue(username == null ? "" : username, name));
        if (issued == null) return;
        issuedToken = issued.token();
        all = null;
        name = null;
        Faces.info(Faces.text("apikey.issued", issued.key().getName()));
    }

    public void startRevoke(ApiKey key) {
        toRevoke = key;
        reason = null;
    }

    public void revoke() {
        if (toRevoke == null) return;
        if (Faces.attempt(() -> keys.revoke(toRevoke.getId(), reason, toRevoke.getVersion())) == null) return;
        Faces.info(Faces.text("apikey.revoked", toRevoke.getName()));
        toRevoke = null;
        all = null;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIssuedToken() { return issuedToken; }
    public ApiKey getToRevoke() { return toRevoke; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}

package id.pendamping.identity.web.admin;

import id.pendamping.identity.application.AccountService;
import id.pendamping.identity.application.TrainingCenterService;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /admin/accounts.xhtml: find accounts, create coordinators and assessors, disable and enable. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient TrainingCenterService centers;

    private String search = "";
    private final NewStaffAccount newAccount = new NewStaffAccount();
    private final LazyDataModel<Account> rows = new AccountRows();

    public void create() {
        try {
            Account created = accounts.createStaffAccount(newAccount.getUsername(), newAccount.getFullName(),
                    newAccount.getEmail(), newAccount.getRole(), newAccount.getTrainingCenterId(),
                    newAccount.getPassword());
            FacesMessages.info("admin.accounts.created", created.getUsername());
            newAccount.clear();
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("create", invalid);
        }
    }

    public void disable(Long accountId) {
        changeEnabled(accountId, false);
    }

    public void enable(Long accountId) {
        changeEnabled(accountId, true);
    }

    private void changeEnabled(Long accountId, boolean enabled) {
        try {
            accounts.setEnabled(accountId, enabled);
            FacesMessages.info(enabled ? "admin.accounts.enabled" : "admin.accounts.disabled");
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey());
        }
    }

    public List<Role> getStaffRoles() {
        return Arrays.stream(Role.values()).filter(Role::isStaff).toList();
    }

    public List<TrainingCenter> getCenters() {
        return centers.all();
    }

    public LazyDataModel<Account> getRows() {
        return rows;
    }

    public NewStaffAccount getNewAccount() {
        return newAccount;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null ? "" : search;
    }

    /** One page of the search result at a time, so the list stays fast with thousands of trainees. */
    private class AccountRows extends LazyDataModel<Account> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(search);
        }

        @Override
        public List<Account> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
            return accounts.search(search, first, pageSize);
        }

        @Override
        public String getRowKey(Account account) {
            return String.valueOf(account.getId());
        }
    }
}

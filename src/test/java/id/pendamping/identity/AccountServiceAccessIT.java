package id.pendamping.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.identity.application.AccountService;
import id.pendamping.identity.application.TrainingCenterService;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.AccessDenied;
import id.pendamping.testing.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application services refuse a caller without the role whatever path the call took: here,
 * inside the server, with nobody signed in, as if a page had forgotten its URL rule.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceAccessIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(AccountServiceAccessIT.class, Deployments.class)
                .addPackages(true, "org.assertj");
    }

    @Inject
    AccountService accounts;

    @Inject
    TrainingCenterService centers;

    @Test
    void creatingStaffNeedsAnAdmin() {
        assertThatThrownBy(() -> accounts.createStaffAccount("penyusup", "Penyusup", "penyusup@contoh.id",
                Role.COORDINATOR, 1L, "Sandi-penyusup-1")).isInstanceOf(AccessDenied.class);
    }

    @Test
    void disablingAccountsNeedsAnAdmin() {
        assertThatThrownBy(() -> accounts.setEnabled(1L, false)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void searchingAccountsNeedsAnAdmin() {
        assertThatThrownBy(() -> accounts.search("", 0, 10)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void creatingCentresNeedsAnAdmin() {
        assertThatThrownBy(() -> centers.create("X-1", "Balai Penyusup", null)).isInstanceOf(AccessDenied.class);
    }
}

package id.pendamping.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR the build just packaged, exactly as it
 * ships, under a name of its own so it never clashes with a deployment recorded by wildfly:run.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("pendamping.war", "target/akademi-pendamping.war"));
        return ShrinkWrap.create(ZipImporter.class, "akademi-pendamping-it.war").importFrom(war).as(WebArchive.class);
    }

    /** The application with an in-container test, its helpers, the trainee fixture and AssertJ. */
    public static WebArchive withTraineeFixture(Class<?>... testClasses) {
        return application().addClasses(testClasses)
                .addClasses(Deployments.class, TraineeFixture.class, TraineeFixture.Trainee.class)
                .addPackages(true, "org.assertj");
    }
}

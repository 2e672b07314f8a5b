package id.pendamping.curriculum.infrastructure;

import id.pendamping.curriculum.application.CurriculumImport;
import id.pendamping.curriculum.domain.ContentSource;
import id.pendamping.curriculum.domain.CurriculumImportRecord.Trigger;
import id.pendamping.platform.DatabaseMigration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports the curriculum at start-up, after the migration. The files come from the folder named by
 * the system property {@value #DIRECTORY_PROPERTY} when set (content authors edit it and reload),
 * otherwise from the copy in the WAR. A broken file is reported with its file and line and the
 * curriculum already in service stays.
 */
@ApplicationScoped
public class CurriculumStartup {

    public static final String DIRECTORY_PROPERTY = "pendamping.modules.dir";

    @Inject
    CurriculumImport curriculumImport;

    public void importAtStartup(@Observes @Priority(DatabaseMigration.PRIORITY + 20) @Initialized(ApplicationScoped.class)
                         ServletContext context) {
        curriculumImport.importFrom(source(context), Trigger.STARTUP, null);
    }

    public static ContentSource source(ServletContext context) {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory != null && !directory.isBlank() && Files.isDirectory(Path.of(directory))) {
            return new DirectoryContentSource(Path.of(directory));
        }
        return new WarContentSource(context);
    }
}

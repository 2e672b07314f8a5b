package id.pendamping.assessment.web.manage;

import id.pendamping.assessment.application.GiftExchange;
import id.pendamping.assessment.application.InvalidGift;
import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import id.pendamping.platform.web.Language;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jakarta.servlet.http.Part;

/**
 * /manage/gift.xhtml: a module's items exported as a GIFT file (the download itself is
 * {@link GiftExportServlet}, so the file is a plain GET that changes nothing), and a GIFT file
 * imported into the item bank after a confirmation, whole or not at all.
 */
@Named
@ViewScoped
public class GiftPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** 1 MB, checked before the file is read; the service checks the text again. */
    static final long MAX_BYTES = 1024 * 1024;

    @Inject
    transient GiftExchange exchange;

    @Inject
    transient Catalogue catalogue;

    @Inject
    transient Language language;

    private String moduleKey;
    private String exportLanguage;
    private boolean exportReady;
    private int exportedQuestions;
    private final List<String> skippedItemKeys = new ArrayList<>();

    private transient Part file;
    private final List<String> problems = new ArrayList<>();
    private GiftExchange.Summary summary;
    private transient List<CurriculumModule> modules;

    /** Prepares the export of the chosen module: how many questions, and which items GIFT leaves out. */
    public void prepareExport() {
        exportReady = false;
        skippedItemKeys.clear();
        try {
            GiftExchange.Export export = exchange.export(moduleKey, exportLocale());
            exportedQuestions = export.questions();
            skippedItemKeys.addAll(export.skippedItemKeys());
            exportReady = true;
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("export", invalid);
        }
    }

    /** Where the browser downloads the file prepared above. */
    public String getDownloadPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + GiftExportServlet.PATH
                + "?module=" + URLEncoder.encode(moduleKey == null ? "" : moduleKey, StandardCharsets.UTF_8)
                + "&lang=" + exportLocale().getLanguage();
    }

    public void importFile() throws IOException {
        problems.clear();
        summary = null;
        if (file == null || file.getSize() == 0) {
            problems.add(FacesMessages.text("gift.import.noFile"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            problems.add(FacesMessages.text("gift.import.tooLarge", MAX_BYTES / (1024 * 1024)));
            return;
        }
        String name = file.getSubmittedFileName();
        String text;
        try (InputStream in = file.getInputStream()) {
            text = strictUtf8(in.readAllBytes());
        } catch (CharacterCodingException notUtf8) {
            problems.add(FacesMessages.text("gift.import.notUtf8", name));
            FacesMessages.error("gift.import.nothingImported");
            return;
        }
        try {
            summary = exchange.importGift(name, text);
            FacesMessages.info("gift.import.done", summary.added(), summary.revised(), summary.unchanged());
        } catch (InvalidGift invalid) {
            problems.addAll(invalid.lines(locale()));
            FacesMessages.error("gift.import.nothingImported");
        }
    }

    /**
     * Moodle writes GIFT in UTF-8; a file in another encoding would import with mangled letters, so
     * it is refused instead of guessed at.
     */
    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private Locale exportLocale() {
        return Locale.forLanguageTag(exportLanguage == null ? language.getCode() : exportLanguage);
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Asked several times per render; read once while the page is open. */
    public List<CurriculumModule> getModules() {
        if (modules == null) {
            modules = catalogue.modules();
        }
        return modules;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public void setModuleKey(String moduleKey) {
        this.moduleKey = moduleKey;
        exportReady = false;
    }

    public String getExportLanguage() {
        return exportLanguage == null ? language.getCode() : exportLanguage;
    }

    public void setExportLanguage(String exportLanguage) {
        this.exportLanguage = "en".equals(exportLanguage) ? "en" : "id";
        exportReady = false;
    }

    public boolean isExportReady() {
        return exportReady;
    }

    public int getExportedQuestions() {
        return exportedQuestions;
    }

    public List<String> getSkippedItemKeys() {
        return skippedItemKeys;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<String> getProblems() {
        return problems;
    }

    public GiftExchange.Summary getSummary() {
        return summary;
    }
}

package id.pendamping.curriculum.web.manage;

import id.pendamping.curriculum.application.CentreProgrammes;
import id.pendamping.curriculum.application.QuizOptions;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.curriculum.domain.Programme;
import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import id.pendamping.platform.web.Language;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * /manage/programme.xhtml[?id=N]: a centre's own programme, set up from the curriculum's modules:
 * which modules in what order, the JP planned for each, the quizzes that count and the pass mark.
 */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreProgrammes programmes;

    @Inject
    Catalogue catalogue;

    @Inject
    Language language;

    /** A module on the form; texts as typed, read by the service. */
    public static class ModuleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String title;
        private final BigDecimal lessonsJp;
        private boolean included;
        private String order;
        private String jp;

        ModuleRow(String key, String title, BigDecimal lessonsJp) {
            this.key = key;
            this.title = title;
            this.lessonsJp = lessonsJp;
        }

        public String getKey() {
            return key;
        }

        public String getTitle() {
            return title;
        }

        public BigDecimal getLessonsJp() {
            return lessonsJp;
        }

        public boolean isIncluded() {
            return included;
        }

        public void setIncluded(boolean included) {
            this.included = included;
        }

        public String getOrder() {
            return order;
        }

        public void setOrder(String order) {
            this.order = order;
        }

        public String getJp() {
            return jp;
        }

        public void setJp(String jp) {
            this.jp = jp;
        }
    }

    /** A quiz on offer, kept in the view's state. */
    public record QuizRow(String code, String label) implements Serializable {
    }

    private Long id;
    private boolean loaded;
    private String code;
    private String titleId;
    private String titleEn;
    private String descriptionId;
    private String descriptionEn;
    private String passPercent;
    private List<ModuleRow> modules = new ArrayList<>();
    private List<QuizRow> quizOptions = new ArrayList<>();
    private List<String> quizzes = new ArrayList<>();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Locale locale = language.getLocale();
        Optional<Programme> existing = Optional.ofNullable(id == null ? null : programmes.mine(id));
        for (CurriculumModule module : catalogue.modules()) {
            modules.add(new ModuleRow(module.getKey(), module.title(locale), module.getJp()));
        }
        for (QuizOptions.Option option : programmes.quizOptions()) {
            quizOptions.add(new QuizRow(option.code(), FacesMessages.text("programme.quizOption",
                    FacesMessages.text("programme.quizKind." + option.kind()), option.title(locale), option.passPercent())));
        }
        existing.ifPresent(p -> {
            code = p.getCode();
            titleId = p.title(Locale.forLanguageTag("id"));
            titleEn = p.title(Locale.ENGLISH);
            descriptionId = p.description(Locale.forLanguageTag("id"));
            descriptionEn = p.description(Locale.ENGLISH);
            passPercent = p.passPercent().map(v -> v.stripTrailingZeros().toPlainString()).orElse(null);
            quizzes = new ArrayList<>(p.getQuizCodes());
            List<String> keys = p.getModuleKeys();
            for (ModuleRow row : modules) {
                int at = keys.indexOf(row.key);
                if (at >= 0) {
                    row.included = true;
                    row.order = String.valueOf(at + 1);
                    row.jp = p.plannedJp(row.key).map(v -> v.stripTrailingZeros().toPlainString()).orElse(null);
                }
            }
        });
    }

    public String save() {
        try {
            List<CentreProgrammes.ModuleChoice> choices = new ArrayList<>();
            for (ModuleRow row : modules) {
                choices.add(new CentreProgrammes.ModuleChoice(row.key, row.included,
                        row.included ? number(row.order, "modules", "programme.orderInvalid", row.title).intValue() : null,
                        row.included ? decimal(row.jp, "modules", "programme.jpInvalid", row.title) : null));
            }
            Programme saved = programmes.save(id, new CentreProgrammes.Draft(code, titleId, titleEn, descriptionId,
                    descriptionEn, choices, new LinkedHashSet<>(quizzes), decimal(passPercent, "passPercent",
                    "programme.passInvalid", null)));
            FacesMessages.info("programme.saved", saved.getCode());
            // Shown on the page the redirect leads to.
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/manage/programme.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("programme", invalid);
            return null;
        }
    }

    private static BigDecimal number(String text, String field, String key, String title) {
        BigDecimal value = decimal(text, field, key, title);
        if (value == null || value.stripTrailingZeros().scale() > 0) {
            throw new InvalidInput(field, key, title, CentreProgrammes.MAX_MODULE_JP);
        }
        return value;
    }

    /** A number as typed, with a decimal comma or point; null when blank. */
    private static BigDecimal decimal(String text, String field, String key, String title) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw title == null ? new InvalidInput(field, key) : new InvalidInput(field, key, title, CentreProgrammes.MAX_MODULE_JP);
        }
    }

    public boolean isExisting() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleId() {
        return titleId;
    }

    public void setTitleId(String titleId) {
        this.titleId = titleId;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionId() {
        return descriptionId;
    }

    public void setDescriptionId(String descriptionId) {
        this.descriptionId = descriptionId;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getPassPercent() {
        return passPercent;
    }

    public void setPassPercent(String passPercent) {
        this.passPercent = passPercent;
    }

    public List<ModuleRow> getModules() {
        return modules;
    }

    public List<QuizRow> getQuizOptions() {
        return quizOptions;
    }

    public List<String> getQuizzes() {
        return quizzes;
    }

    public void setQuizzes(List<String> quizzes) {
        this.quizzes = quizzes;
    }
}

package id.pendamping.learning.application;

import id.pendamping.curriculum.domain.CurriculumModule;

/** A module whose prerequisite modules are not complete yet cannot be opened. */
public class ModuleLocked extends RuntimeException {

    private final String moduleKey;

    public ModuleLocked(CurriculumModule module) {
        super("module " + module.getKey() + " is locked");
        this.moduleKey = module.getKey();
    }

    public String moduleKey() {
        return moduleKey;
    }
}

package id.pendamping.curriculum.domain;

import java.util.List;

/** Everything under modules/, validated: the modules and the programmes built from them. */
public record Curriculum(List<ModuleDefinition> modules, List<ProgrammeDefinition> programmes) {
}

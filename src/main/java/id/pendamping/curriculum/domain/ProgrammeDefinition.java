package id.pendamping.curriculum.domain;

import java.util.List;

/** A programme as programmes.yaml defines it: a code, its titles and its modules in order. */
public record ProgrammeDefinition(String code, LocalizedText title, LocalizedText description,
                                  List<String> moduleKeys) {
}

package id.pendamping.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** A module's place in a programme, with the lesson hours (JP) a centre plans for it there, if it set any. */
@Embeddable
public class ProgrammeModule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "module_key")
    private String moduleKey;

    private BigDecimal jp;

    protected ProgrammeModule() {
    }

    public ProgrammeModule(String moduleKey, BigDecimal jp) {
        this.moduleKey = moduleKey;
        this.jp = jp;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    /** The planned JP, or null when the module's lessons decide. */
    public BigDecimal getJp() {
        return jp;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgrammeModule other && Objects.equals(moduleKey, other.moduleKey) && Objects.equals(jp, other.jp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(moduleKey, jp);
    }
}

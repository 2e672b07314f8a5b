package id.pendamping.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One drawn item of an attempt: its position, the item version shown and the order of its options. */
@Entity
@Table(name = "attempt_item")
@IdClass(AttemptPositionKey.class)
@NamedQuery(name = "AttemptItem.ofAttempt", query = "select i from AttemptItem i where i.attemptId = :attempt order by i.position")
@NamedQuery(name = "AttemptItem.ofAttempts", query = "select i from AttemptItem i where i.attemptId in :attempts")
public class AttemptItem {

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;

    @Id
    private int position;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "shown_order")
    private String shownOrder;

    private BigDecimal score;

    protected AttemptItem() {
    }

    public AttemptItem(Long attemptId, int position, Long itemId, List<Integer> shownOrder) {
        this.attemptId = attemptId;
        this.position = position;
        this.itemId = itemId;
        this.shownOrder = shownOrder.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public void scored(BigDecimal score) {
        this.score = score;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public Long getItemId() {
        return itemId;
    }

    public List<Integer> getShownOrder() {
        return shownOrder.isEmpty() ? List.of() : Arrays.stream(shownOrder.split(",")).map(Integer::valueOf).toList();
    }

    public BigDecimal getScore() {
        return score;
    }
}

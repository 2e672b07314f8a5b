package id.pendamping.assessment.infrastructure;

import id.pendamping.assessment.application.SaveOutcome;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The answer-saving hot path in plain JDBC: a class sends twenty thousand of these in a quiz, and
 * going through the ORM cost more than the statements themselves. Runs inside the caller's JTA
 * transaction (the datasource enlists its connection), so locking and writing commit together.
 */
@ApplicationScoped
public class AnswerStore {

    private static final String LOCK_OPEN_ATTEMPT = "update quiz_attempt set version = version where id = ? and account_id = ? "
            + "and status = 'IN_PROGRESS' and deadline >= ?";
    private static final String STORED_SEQUENCE = "select sequence from attempt_answer where attempt_id = ? and position = ?";
    private static final String INSERT = "insert into attempt_answer (attempt_id, position, response, sequence, saved_at) "
            + "values (?, ?, ?, ?, ?)";
    private static final String REPLACE = "update attempt_answer set response = ?, sequence = ?, saved_at = ? "
            + "where attempt_id = ? and position = ? and sequence < ?";

    @Resource(lookup = "java:jboss/datasources/PendampingDS")
    DataSource dataSource;

    /**
     * Locks the attempt's row when it is the account's, in progress and not past {@code cutoff};
     * grading takes the same lock, so an answer is either in the grade or refused.
     */
    public boolean lockOpenAttempt(Long attemptId, Long accountId, Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement(LOCK_OPEN_ATTEMPT)) {
            lock.setLong(1, attemptId);
            lock.setLong(2, accountId);
            lock.setObject(3, utc(cutoff));
            return lock.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock attempt " + attemptId, e);
        }
    }

    /** Writes the answer unless one with the same or a higher sequence is stored; call with the attempt locked. */
    public SaveOutcome write(Long attemptId, int position, String response, long sequence, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            Long stored = storedSequence(connection, attemptId, position);
            if (stored != null && stored >= sequence) {
                return new SaveOutcome(position, stored, false, null);
            }
            try (PreparedStatement write = connection.prepareStatement(stored == null ? INSERT : REPLACE)) {
                if (stored == null) {
                    write.setLong(1, attemptId);
                    write.setInt(2, position);
                    write.setString(3, response);
                    write.setLong(4, sequence);
                    write.setObject(5, utc(now));
                } else {
                    write.setString(1, response);
                    write.setLong(2, sequence);
                    write.setObject(3, utc(now));
                    write.setLong(4, attemptId);
                    write.setInt(5, position);
                    write.setLong(6, sequence);
                }
                write.executeUpdate();
            }
            return new SaveOutcome(position, sequence, true, now);
        } catch (SQLException e) {
            throw new IllegalStateException("could not save the answer at " + position + " of attempt " + attemptId, e);
        }
    }

    private static Long storedSequence(Connection connection, Long attemptId, int position) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(STORED_SEQUENCE)) {
            select.setLong(1, attemptId);
            select.setInt(2, position);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package no.dpifullmakt.practiceportal.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.h2.api.ErrorCode;

/**
 * The practice portal's state between runs: JSON texts by key in an embedded H2 database in the
 * data folder ({@code ovingsportal.mv.db}). H2 locks the file while a run has it open, so a second
 * run at the same time gets a clear message instead of a corrupt file. Thread-safe.
 */
public final class StateStore implements AutoCloseable {

  static final String FILE_NAME = "ovingsportal";
  static final String AFRESH_HINT =
      " Start på nytt med --nullstill-ovingsportal, eller med --nullstill når du starter"
          + " øvingsportalen alene.";

  private final Path folder;
  private final Connection connection;

  private StateStore(Path folder, Connection connection) {
    this.folder = folder;
    this.connection = connection;
  }

  /**
   * Opens the store in {@code folder}, creating it when it does not exist.
   *
   * @param afresh forget everything kept; a damaged file is replaced by a new one
   * @throws StoreProblem when the store is in use by another run, damaged, or cannot be written
   */
  public static StateStore open(Path folder, boolean afresh) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreProblem(cannotWrite(folder), e);
    }
    try {
      return connect(folder, afresh);
    } catch (SQLException e) {
      if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw new StoreProblem(inUse(folder), e);
      }
      if (!afresh) {
        throw new StoreProblem(unreadable(folder), e);
      }
    }
    deleteFiles(folder);
    try {
      return connect(folder, true);
    } catch (SQLException e) {
      throw new StoreProblem(cannotWrite(folder), e);
    }
  }

  private static StateStore connect(Path folder, boolean afresh) throws SQLException {
    // Closed by the portal, not by H2's own shutdown hook, so the last write at Ctrl+C still finds
    // it open; every commit is on disk at once, as a run may be stopped at any moment.
    String url =
        "jdbc:h2:file:"
            + folder.toAbsolutePath().resolve(FILE_NAME)
            + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    Connection connection = DriverManager.getConnection(url, "dpi", "");
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS TILSTAND (NOKKEL VARCHAR(200) PRIMARY KEY,"
              + " JSON CHARACTER LARGE OBJECT NOT NULL)");
      if (afresh) {
        statement.execute("DELETE FROM TILSTAND");
      }
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return new StateStore(folder, connection);
  }

  public Path folder() {
    return folder;
  }

  /** Every kept text by key. */
  public synchronized Map<String, String> readAll() {
    Map<String, String> all = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT NOKKEL, JSON FROM TILSTAND")) {
      while (rows.next()) {
        all.put(rows.getString(1), rows.getString(2));
      }
      return all;
    } catch (SQLException e) {
      throw new StoreProblem(unreadable(folder), e);
    }
  }

  /** Writes the changed texts and removes the keys no longer kept, in one transaction. */
  public synchronized void write(Map<String, String> changed, Set<String> removed) {
    if (changed.isEmpty() && removed.isEmpty()) {
      return;
    }
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement merge =
              connection.prepareStatement(
                  "MERGE INTO TILSTAND (NOKKEL, JSON) KEY (NOKKEL) VALUES (?, ?)");
          PreparedStatement delete =
              connection.prepareStatement("DELETE FROM TILSTAND WHERE NOKKEL = ?")) {
        for (Map.Entry<String, String> entry : changed.entrySet()) {
          merge.setString(1, entry.getKey());
          merge.setString(2, entry.getValue());
          merge.executeUpdate();
        }
        for (String key : removed) {
          delete.setString(1, key);
          delete.executeUpdate();
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreProblem(cannotWrite(folder), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing: what was written is committed.
    }
  }

  private static void deleteFiles(Path folder) {
    for (String suffix : new String[] {".mv.db", ".trace.db", ".lock.db"}) {
      try {
        Files.deleteIfExists(folder.resolve(FILE_NAME + suffix));
      } catch (IOException e) {
        throw new StoreProblem(cannotWrite(folder), e);
      }
    }
  }

  static String inUse(Path folder) {
    return "Øvingsportalens lagrede data i "
        + folder.toAbsolutePath()
        + " er i bruk av en annen kjøring av dpi-fullmakt. Vent til den er ferdig, og prøv igjen.";
  }

  static String unreadable(Path folder) {
    return "Øvingsportalens lagrede data i "
        + folder.toAbsolutePath()
        + " kan ikke leses (fila kan være skadet)."
        + AFRESH_HINT;
  }

  static String cannotWrite(Path folder) {
    return "Øvingsportalen kan ikke lagre i "
        + folder.toAbsolutePath()
        + ". Velg en mappe du kan skrive i med "
        + DataFolder.VARIABLE
        + ", eller "
        + DataFolder.VARIABLE
        + "="
        + DataFolder.NONE
        + " for å ikke huske noe mellom kjøringer.";
  }
}

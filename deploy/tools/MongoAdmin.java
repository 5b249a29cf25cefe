import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;

/**
 * Tiny admin tool for the local MongoDB 4.0 used by deploy/infra.sh (the npm-packaged mongod
 * has no mongo shell). Run as a single source file:
 *
 * <pre>
 *   java -cp "$(cat $SSJ_DATA/opt/mongo-admin/classpath.txt)" deploy/tools/MongoAdmin.java CMD ARG
 * </pre>
 *
 * Commands:
 * <ul>
 *   <li>{@code init-replset HOST:PORT} - replSetInitiate rs0 with one member 127.0.0.1:PORT
 *       (tolerates "already initialized"), then waits up to 30 s until isMaster says primary.
 *   <li>{@code ping URI} - sends {@code ping} (not {@code hello}: MongoDB 4.0 has none).
 *   <li>{@code shutdown HOST:PORT} - {@code shutdown} with force and timeoutSecs 0.
 * </ul>
 *
 * Exit codes: 0 ok, 1 failed, 2 usage.
 */
public class MongoAdmin {

  private static final long PRIMARY_DEADLINE_MS = 30_000;

  // Without SLF4J the driver warns once through JUL that its logging is off; keep that quiet.
  private static final java.util.logging.Logger DRIVER_JUL_LOGGER =
      java.util.logging.Logger.getLogger("org.mongodb.driver");

  static {
    DRIVER_JUL_LOGGER.setLevel(java.util.logging.Level.SEVERE);
  }

  public static void main(String[] args) {
    if (args.length != 2) {
      usage();
    }
    try {
      switch (args[0]) {
        case "init-replset" -> initReplset(args[1]);
        case "ping" -> ping(args[1]);
        case "shutdown" -> shutdown(args[1]);
        default -> usage();
      }
    } catch (MongoException | IllegalStateException | IllegalArgumentException e) {
      System.err.println("MongoAdmin " + args[0] + " failed: " + e);
      System.exit(1);
    }
  }

  private static void usage() {
    System.err.println(
        "usage: MongoAdmin init-replset HOST:PORT | ping URI | shutdown HOST:PORT");
    System.exit(2);
  }

  private static MongoClient direct(String hostPort, int selectionTimeoutMs) {
    return MongoClients.create(
        "mongodb://" + hostPort + "/?directConnection=true"
            + "&serverSelectionTimeoutMS=" + selectionTimeoutMs
            + "&connectTimeoutMS=" + selectionTimeoutMs);
  }

  private static void initReplset(String hostPort) throws IllegalStateException {
    int port = Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    long deadline = System.currentTimeMillis() + PRIMARY_DEADLINE_MS;
    try (MongoClient client = direct(hostPort, 10_000)) {
      MongoDatabase admin = client.getDatabase("admin");
      Document config =
          new Document("_id", "rs0")
              .append("members",
                  List.of(new Document("_id", 0).append("host", "127.0.0.1:" + port)));
      try {
        admin.runCommand(new Document("replSetInitiate", config));
        System.out.println("replica set rs0 initiated");
      } catch (MongoCommandException e) {
        // 23 = AlreadyInitialized
        if (e.getErrorCode() == 23 || String.valueOf(e.getErrorMessage()).contains("already initialized")) {
          System.out.println("replica set rs0 already initialized");
        } else {
          throw e;
        }
      }
      while (true) {
        Document isMaster = admin.runCommand(new Document("isMaster", 1));
        if (Boolean.TRUE.equals(isMaster.getBoolean("ismaster"))) {
          System.out.println("primary: " + isMaster.getString("primary"));
          return;
        }
        if (System.currentTimeMillis() > deadline) {
          throw new IllegalStateException(
              "no primary after " + PRIMARY_DEADLINE_MS / 1000 + " s; last isMaster: "
                  + isMaster.toJson());
        }
        sleep(200);
      }
    }
  }

  private static void ping(String uri) {
    String effective = uri;
    if (!uri.contains("serverSelectionTimeoutMS")) {
      String hostsAndPath = uri.substring(uri.indexOf("://") + 3);
      String sep = uri.contains("?") ? "&" : hostsAndPath.contains("/") ? "?" : "/?";
      effective = uri + sep + "serverSelectionTimeoutMS=10000";
    }
    try (MongoClient client = MongoClients.create(effective)) {
      Document reply = client.getDatabase("admin").runCommand(new Document("ping", 1));
      System.out.println("ping ok: " + reply.toJson());
    }
  }

  private static void shutdown(String hostPort) {
    try (MongoClient client = direct(hostPort, 3_000)) {
      client.getDatabase("admin")
          .runCommand(new Document("shutdown", 1).append("force", true).append("timeoutSecs", 0));
      System.out.println("shutdown sent");
    } catch (MongoSocketException e) {
      // Expected: the server closes the connection while shutting down.
      System.out.println("shutdown sent (connection closed by server)");
    } catch (MongoTimeoutException e) {
      throw e; // nothing reachable there: let the caller fall back to the PID
    } catch (MongoException e) {
      if (e.getCause() instanceof java.io.IOException) {
        System.out.println("shutdown sent (connection closed by server)");
      } else {
        throw e;
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}

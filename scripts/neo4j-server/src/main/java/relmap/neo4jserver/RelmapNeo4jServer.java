package relmap.neo4jserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Runs a Neo4j Community server for relmap's local development and tests.
 *
 * <p>It is the real server entry point (the one the Neo4j distribution runs), with two
 * additions that the distribution's shell scripts would otherwise do by hand:
 *
 * <ul>
 *   <li>On the first start (no system database yet) it sets the initial password of the
 *       {@code neo4j} user from {@code NEO4J_PASSWORD}, without a forced change, the way
 *       {@code neo4j-admin dbms set-initial-password} does. On later starts it sets the password
 *       again, so the server always accepts the password of the environment it was started in.
 *   <li>It turns the Neo4j Browser style sheet (GraSS) into the {@code :style} command that the
 *       Browser runs after it connects ({@code browser.post_connect_cmd}).
 * </ul>
 *
 * <p>Usage: {@code RelmapNeo4jServer --home-dir DIR --config-dir DIR --data-dir DIR [--grass FILE]}.
 * With {@code --print-style-command FILE} it only prints the Browser command for that style sheet.
 */
public final class RelmapNeo4jServer {
    static final String DEFAULT_PASSWORD = "relmap-local-dev";
    static final String USER = "neo4j";

    private RelmapNeo4jServer() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = parseOptions(args);
        if (opts.containsKey("--print-style-command")) {
            System.out.println(styleCommand(Files.readString(Path.of(opts.get("--print-style-command")))));
            return;
        }
        Path home = requiredPath(opts, "--home-dir");
        Path conf = requiredPath(opts, "--config-dir");
        Path data = requiredPath(opts, "--data-dir");

        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            password = DEFAULT_PASSWORD;
        }
        if (password.length() < 8) {
            fail("NEO4J_PASSWORD must be at least 8 characters long (Neo4j's minimum)");
        }

        boolean firstStart = !Files.isDirectory(data.resolve("databases").resolve("system"));
        if (firstStart) {
            int rc = AdminTool.execute(
                    new ExecutionContext(home, conf), "dbms", "set-initial-password", password);
            if (rc != 0) {
                fail("setting the initial password failed (exit " + rc + ")");
            }
        }

        List<String> serverArgs = new ArrayList<>(List.of(
                "--home-dir=" + home, "--config-dir=" + conf));
        if (opts.containsKey("--grass")) {
            String grass = Files.readString(Path.of(opts.get("--grass")));
            serverArgs.add("-c");
            serverArgs.add("browser.post_connect_cmd=" + styleCommand(grass));
        }

        CommunityBootstrapper server = new CommunityBootstrapper();
        int status = NeoBootstrapper.start(server, serverArgs.toArray(String[]::new));
        if (status != 0) {
            System.exit(status);
        }
        if (!firstStart) {
            syncPassword(server, password);
        }
        System.out.println("relmap: Neo4j is ready");
        // The server's own threads keep the JVM alive; SIGTERM runs its shutdown hook.
    }

    /** Sets the neo4j user's password to the given one unless it already is that password. */
    private static void syncPassword(CommunityBootstrapper server, String password) {
        try {
            server.getDatabaseManagementService()
                    .database("system")
                    .executeTransactionally(
                            "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
            System.out.println("relmap: password of user " + USER + " set from NEO4J_PASSWORD");
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("cannot be the same")) {
                System.err.println("relmap: could not set the password of user " + USER + ": " + msg);
            }
        }
    }

    /**
     * Turns a GraSS style sheet into the Browser command that applies it. The Browser parses the
     * argument of {@code :style} as JSON first, and a JSON object holds no semicolon, which
     * {@code browser.post_connect_cmd} uses to separate commands.
     */
    static String styleCommand(String grass) {
        return "style " + toJson(parseGrass(grass));
    }

    /** Parses GraSS the way Neo4j Browser does: selector { property: value; ... } ... */
    static Map<String, Map<String, String>> parseGrass(String grass) {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        int i = 0;
        while (true) {
            int open = grass.indexOf('{', i);
            if (open < 0) {
                if (!grass.substring(i).isBlank()) {
                    throw new IllegalArgumentException("GraSS: text after the last rule");
                }
                return rules;
            }
            int close = closingBrace(grass, open);
            String selector = grass.substring(i, open).replaceAll("\\s", "");
            if (selector.isEmpty()) {
                throw new IllegalArgumentException("GraSS: rule without a selector at offset " + open);
            }
            Map<String, String> props = rules.computeIfAbsent(selector, k -> new LinkedHashMap<>());
            for (String decl : grass.substring(open + 1, close).split(";")) {
                if (decl.isBlank()) {
                    continue;
                }
                int colon = decl.indexOf(':');
                if (colon < 0 || decl.indexOf(':', colon + 1) >= 0) {
                    throw new IllegalArgumentException("GraSS: need one 'property: value' in " + decl.strip());
                }
                String value = decl.substring(colon + 1).strip();
                if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                        || value.startsWith("\"") && value.endsWith("\""))) {
                    value = value.substring(1, value.length() - 1);
                }
                props.put(decl.substring(0, colon).strip(), value);
            }
            i = close + 1;
        }
    }

    private static int closingBrace(String s, int open) {
        char quote = 0;
        for (int j = open + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '}') {
                return j;
            }
        }
        throw new IllegalArgumentException("GraSS: unclosed rule at offset " + open);
    }

    private static String toJson(Map<String, Map<String, String>> rules) {
        StringBuilder b = new StringBuilder("{");
        String sep = "";
        for (var rule : rules.entrySet()) {
            b.append(sep).append(quote(rule.getKey())).append(":{");
            String psep = "";
            for (var p : rule.getValue().entrySet()) {
                b.append(psep).append(quote(p.getKey())).append(':').append(quote(p.getValue()));
                psep = ",";
            }
            b.append('}');
            sep = ",";
        }
        return b.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case ';' -> throw new IllegalArgumentException("GraSS: ';' inside a value: " + s);
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static Map<String, String> parseOptions(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                opts.put(a.substring(0, eq), a.substring(eq + 1));
            } else if (a.startsWith("--") && i + 1 < args.length) {
                opts.put(a, args[++i]);
            } else {
                fail("unexpected argument: " + a);
            }
        }
        return opts;
    }

    private static Path requiredPath(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null || v.isEmpty()) {
            fail("missing " + name);
        }
        return Path.of(v).toAbsolutePath();
    }

    private static void fail(String msg) {
        System.err.println("relmap: " + msg);
        System.exit(2);
    }
}

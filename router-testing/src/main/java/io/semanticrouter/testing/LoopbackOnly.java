package io.semanticrouter.testing;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.SocketPermission;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Runs a program in a fresh JVM where every socket permission (connect, host-name lookup, accept) that names a
 * host other than the loopback interface is refused and recorded. The check sits in a {@link SecurityManager},
 * which the JDK consults for {@code java.net.Socket} (and so {@code HttpURLConnection}), NIO
 * {@code SocketChannel}, {@code DatagramSocket} and the JDK {@code HttpClient}; a fresh JVM matters because
 * libraries that call home do it once per process.
 *
 * <p>The child's environment loses the opt-out variables a developer or CI machine may have set
 * ({@code OPT_OUT_TRACKING}, {@code DJL_OFFLINE}), so a passing run shows what the library does by itself.
 * Works on JDK 17 to 23 (the child runs with {@code -Djava.security.manager=allow}); JDK 24 removed the
 * security manager.
 */
public final class LoopbackOnly {

    /** Environment variables removed from the child: each would hide a library's own call home. */
    public static final List<String> OPT_OUT_VARIABLES = List.of("OPT_OUT_TRACKING", "DJL_OFFLINE");

    /**
     * What the child did.
     *
     * @param exitCode 0 when the scenario's {@code main} returned normally
     * @param refused  one line per refused permission: action, host and port, and the code that asked
     * @param output   the child's stdout and stderr
     */
    public record Result(int exitCode, List<String> refused, String output) {
    }

    private LoopbackOnly() {
    }

    /**
     * Runs {@code scenario.main(args)} in a child JVM under the loopback-only guard and reports what it tried.
     * The scenario class needs a static {@code main(String[])}; it may be package-private.
     */
    public static Result run(Class<?> scenario, Duration timeout, String... args) throws IOException, InterruptedException {
        Path report = Files.createTempFile("loopback-only", ".txt");
        try {
            List<String> childArgs = new ArrayList<>(List.of(report.toString(), scenario.getName()));
            childArgs.addAll(List.of(args));
            ChildJvm.Result r = ChildJvm.of(LoopbackOnly.class)
                    .jvmOptions("-Djava.security.manager=allow", "-Xmx1g")
                    .args(childArgs.toArray(String[]::new))
                    .unsetEnv(OPT_OUT_VARIABLES)
                    .timeout(timeout)
                    .run();
            List<String> refused = Files.readAllLines(report, StandardCharsets.UTF_8);
            return new Result(r.exitCode(), refused, r.output());
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /**
     * The child's entry point: {@code REPORT_FILE SCENARIO_CLASS [ARGS...]}. Installs the guard, runs the
     * scenario, writes the refused permissions to the report file and exits with 0, or 1 when the scenario threw.
     */
    @SuppressWarnings("removal") // the security manager is what sees every socket on JDK 17
    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        Method main = Class.forName(args[1]).getDeclaredMethod("main", String[].class);
        main.setAccessible(true);
        String[] scenarioArgs = Arrays.copyOfRange(args, 2, args.length);
        String ownName = ownHostName(); // looked up before the guard: the JDK asks to "resolve" it now and then
        Guard guard = new Guard(ownName);
        System.setSecurityManager(guard);
        int exit = 0;
        try {
            main.invoke(null, (Object) scenarioArgs);
        } catch (InvocationTargetException e) {
            System.err.println("scenario failed:");
            e.getCause().printStackTrace();
            exit = 1;
        }
        Files.write(report, guard.refused(), StandardCharsets.UTF_8);
        System.out.flush();
        System.err.flush();
        System.exit(exit);
    }

    private static String ownHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** Whether a host as a socket permission names it ({@code 127.0.0.1}, {@code [::1]}, {@code localhost}) is loopback. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    /** The host part of a socket permission's name: {@code host}, {@code host:port}, {@code [v6]:port}. */
    static String hostOf(String permissionName) {
        if (permissionName.startsWith("[")) {
            int end = permissionName.indexOf(']');
            return end > 0 ? permissionName.substring(0, end + 1) : permissionName;
        }
        int colon = permissionName.indexOf(':');
        if (colon >= 0 && permissionName.indexOf(':', colon + 1) < 0) {
            return permissionName.substring(0, colon);
        }
        return permissionName; // no port, or a bare IPv6 literal
    }

    /** Allows everything except socket permissions for hosts off the loopback interface. */
    @SuppressWarnings("removal")
    static final class Guard extends SecurityManager {
        private final String ownHostName;
        private final List<String> refused = new ArrayList<>();

        Guard(String ownHostName) {
            this.ownHostName = ownHostName;
        }

        @Override
        public void checkPermission(Permission perm) {
            if (perm instanceof SocketPermission) {
                check((SocketPermission) perm);
            }
        }

        @Override
        public void checkPermission(Permission perm, Object context) {
            checkPermission(perm);
        }

        private void check(SocketPermission perm) {
            String host = hostOf(perm.getName());
            if (isLoopback(host)) {
                return;
            }
            // the JDK asks to resolve the machine's own name (InetAddress.getLocalHost); that is no traffic
            if (perm.getActions().equals("resolve") && host.equalsIgnoreCase(ownHostName)) {
                return;
            }
            String line = perm.getActions() + " " + perm.getName() + " from " + caller();
            synchronized (refused) {
                refused.add(line);
            }
            throw new SecurityException("loopback-only test guard refuses " + line);
        }

        List<String> refused() {
            synchronized (refused) {
                return List.copyOf(refused);
            }
        }

        /** The first few frames outside the JDK and this guard: who asked for the connection. */
        private static String caller() {
            StringJoiner frames = new StringJoiner(" <- ");
            int kept = 0;
            for (StackTraceElement f : new Throwable().getStackTrace()) {
                String c = f.getClassName();
                if (c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun.")
                        || c.equals(LoopbackOnly.class.getName()) || c.startsWith(LoopbackOnly.class.getName() + "$")) {
                    continue;
                }
                frames.add(c + "." + f.getMethodName());
                if (++kept == 3) {
                    break;
                }
            }
            return kept == 0 ? "(JDK code)" : frames.toString();
        }
    }
}

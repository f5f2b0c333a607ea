package io.semanticrouter.pii;

import java.util.Set;

/**
 * Decides whether a dotted quad whose parts are all in range is an IPv4 address or some other dotted number
 * (a version, a numbered reference, an identifier). The decision adds up evidence:
 * <ul>
 *   <li>form around it: a port ({@code :8080}), a CIDR length ({@code /24}), a URL scheme or a user before it
 *       ({@code http://}, {@code admin@}) count for an address; a suffix such as {@code -beta} counts against;</li>
 *   <li>range: private, loopback, link-local, carrier-grade NAT, the unspecified address and netmasks count for
 *       an address;</li>
 *   <li>shape: addresses spread over the whole 0-255 range, so eight or more digits count for one; versions and
 *       references are short (six digits or fewer) and often hold a zero minor part, which count against;</li>
 *   <li>words: the nearest cue word in the sentence, for (network words such as host, server, ping, gateway) or
 *       against (version, release, build, section, clause, figure, ISO, OID, part, code...).</li>
 * </ul>
 * A dotted quad with no evidence either way is an address when its shape is.
 */
final class Ipv4Evidence {

    /** Words that announce an address, a host or network traffic. */
    static final Set<String> NETWORK_WORDS = Set.of(
            "ip", "ips", "ipv", "address", "addresses", "addr", "host", "hosts", "hostname", "server", "servers",
            "ping", "pinged", "connect", "connects", "connected", "connection", "connections", "ssh", "telnet",
            "curl", "wget", "route", "routes", "routed", "router", "gateway", "gw", "dns", "resolver", "nameserver",
            "resolves", "resolved", "subnet", "netmask", "mask", "network", "lan", "wan", "vpn", "proxy",
            "firewall", "whitelist", "allowlist", "blacklist", "blocklist", "packets", "traffic", "requests",
            "request", "logins", "login", "logged", "visitors", "visitor", "bot", "traceroute", "tracert",
            "nslookup", "listens", "listen", "bind", "interface", "dhcp", "lease", "cluster", "endpoint",
            "port", "record", "nat", "peer", "client", "clients", "src", "dst", "source", "destination", "origin",
            "remote", "localhost", "machine", "box", "device", "printer", "camera", "nas", "waf", "access", "denied",
            "unreachable", "reachable", "relay", "mail", "smtp", "http", "https", "ftp", "url", "site", "lookup",
            "spoofed", "attacker", "scan", "scanned", "hits");

    /** Words that make a dotted number something else: a version, a reference or an identifier. */
    static final Set<String> OTHER_NUMBER_WORDS = Set.of(
            "version", "versions", "ver", "v", "release", "releases", "released", "rel", "build", "builds",
            "rev", "revision", "patch", "upgrade", "upgrading", "upgraded", "downgrade", "rollback", "rolling",
            "firmware", "driver", "kernel", "sdk", "package", "dependency", "pinned", "bump", "tag", "tagged",
            "snapshot", "nightly", "changelog", "section", "sections", "sec", "§", "clause", "clauses", "chapter",
            "article", "paragraph", "para", "figure", "fig", "table", "appendix", "annex", "step", "item",
            "requirement", "req", "control", "rule", "case", "standard", "iso", "iec", "ieee", "rfc", "oid",
            "object", "mib", "schema", "migration", "code", "product", "part", "sku", "model", "serial", "id",
            "path", "category", "shelf", "mark", "vote", "score", "lot", "batch", "page", "verse", "equation",
            "eq", "theorem", "lemma", "exercise", "problem", "note", "footnote", "level", "grade",
            "listing", "question", "task", "ticket", "issue", "milestone", "sprint", "edition", "volume", "vol");

    private Ipv4Evidence() {
    }

    /**
     * Whether the dotted quad {@code parts} at {@code [start, end)} of {@code text} reads as an address.
     *
     * @param parts the four parts, each already checked to be 0-255 without a leading zero
     */
    static boolean isAddress(String text, int start, int end, int[] parts) {
        int score = form(text, start, end) + range(parts) + shape(text.substring(start, end), parts);
        ContextCues.Verdict words = ContextCues.nearest(text, start, end, 6, 3, NETWORK_WORDS, OTHER_NUMBER_WORDS);
        score += switch (words) {
            case FOR -> 2;
            case AGAINST -> -3;
            case NONE -> 0;
        };
        return score > 0;
    }

    private static int form(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 6));
        String before = text.substring(Math.max(0, start - 3), start);
        int score = 0;
        if (after.matches("(?s):\\d{1,5}(?!\\d).*") || after.matches("(?s)/(?:[0-9]|[12]\\d|3[0-2])(?!\\d).*")) {
            score += 3; // a port or a CIDR prefix length
        }
        if (before.endsWith("://") || before.endsWith("@")) {
            score += 3; // http://10.0.0.2, admin@10.0.0.2
        }
        if (after.matches("(?s)[-_+~][A-Za-z].*")) {
            score -= 3; // 1.2.3.4-beta, 2.0.1.4_rc
        }
        return score;
    }

    private static int range(int[] p) {
        boolean privateRange = p[0] == 10 || p[0] == 127 || p[0] == 192 && p[1] == 168
                || p[0] == 172 && p[1] >= 16 && p[1] <= 31 || p[0] == 169 && p[1] == 254
                || p[0] == 100 && p[1] >= 64 && p[1] <= 127;
        boolean special = p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] == 0 || p[0] == 255 && p[1] == 255;
        return privateRange || special ? 2 : 0;
    }

    private static int shape(String quad, int[] p) {
        long digits = quad.chars().filter(Character::isDigit).count();
        int score = digits >= 8 ? 1 : digits <= 6 ? -1 : 0;
        if (p[1] == 0 || p[2] == 0) {
            score -= 1; // 4.18.0.147, 16.0.144.30: a zero minor part is common in versions
        }
        return score;
    }
}

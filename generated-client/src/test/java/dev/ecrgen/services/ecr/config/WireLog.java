package dev.ecrgen.services.ecr.config;

import java.util.ArrayList;
import java.util.List;

/**
 * What reached the loopback server and the CONNECT proxy during one case, in arrival order: one line per attempt,
 * {@code POST 127.0.0.1:{port} /path} for the server and {@code CONNECT host:443} for the proxy. Ports of the test's own
 * listeners are written as {@code {port}} so that the lines can be compared with the expected table.
 */
final class WireLog {
    private final List<String> lines = new ArrayList<>();

    synchronized void add(String line) {
        lines.add(line);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * The lines with repeats collapsed: {@code 4 x CONNECT ecr.us-east-1.amazonaws.com:443}, several different lines
     * joined by {@code "; "}, {@code none} when nothing arrived.
     */
    synchronized String summary() {
        if (lines.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).equals(lines.get(i))) {
                j++;
            }
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(j - i).append(" x ").append(lines.get(i));
            i = j;
        }
        return text.toString();
    }
}

package dev.ecrgen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps the info lines so tests can assert on them. */
final class RecordingLog extends SystemStreamLog {
    final List<String> infos = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
        infos.add(content.toString());
    }
}

package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.protocol.JsonOutput;
import dev.ecrgen.runtime.protocol.JsonWriter;
import dev.ecrgen.runtime.protocol.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Turns a request object into the bytes sent: JSON, then optional gzip, plus the optional Content-MD5 value. */
final class RequestBodies {

    /** Bodies smaller than this are sent uncompressed, as in the AWS SDK. */
    static final int MIN_COMPRESSION_SIZE = 10240;

    private RequestBodies() {
    }

    static <I> byte[] marshal(I request, Marshaller<I> marshaller) throws IOException {
        // long strings are escaped straight into this one array, which is copied once, at its exact size, at the end
        JsonOutput out = JsonOutput.reusing(512);
        JsonWriter writer = new JsonWriter(out);
        if (request == null) {
            writer.writeStartObject();
            writer.writeEndObject();
        } else {
            marshaller.marshall(request, writer);
        }
        return out.finish();
    }

    static boolean shouldGzip(OperationInfo operation, int length) {
        if (length < MIN_COMPRESSION_SIZE) {
            return false;
        }
        List<String> encodings = operation.requestCompression();
        for (int i = 0; i < encodings.size(); i++) {
            if ("gzip".equalsIgnoreCase(encodings.get(i))) {
                return true;
            }
        }
        return false;
    }

    static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    static String md5Base64(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no MD5 MessageDigest", e);
        }
    }
}

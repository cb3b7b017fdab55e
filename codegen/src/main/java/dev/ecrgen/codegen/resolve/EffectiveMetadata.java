package dev.ecrgen.codegen.resolve;

import dev.ecrgen.codegen.c2j.Metadata;
import dev.ecrgen.codegen.load.ModelBundle;
import java.util.Locale;

/**
 * Fills the metadata fields a client needs but some models leave out, the way the AWS SDKs read them: the service id
 * falls back to the abbreviation, then the endpoint prefix; the endpoint prefix to the lower-cased service id; the
 * signing name to the endpoint prefix; the JSON version to 1.0.
 */
public final class EffectiveMetadata {
    private EffectiveMetadata() {}

    public static ModelBundle apply(ModelBundle bundle) {
        Metadata m = bundle.service().metadata();
        String serviceId = firstOf(m.serviceId(), m.serviceAbbreviation(), m.endpointPrefix(), m.targetPrefix());
        String endpointPrefix = firstOf(m.endpointPrefix(),
                serviceId.replaceAll("[^A-Za-z0-9-]", "").toLowerCase(Locale.ROOT));
        Metadata filled = new Metadata(m.apiVersion(), endpointPrefix, firstOf(m.jsonVersion(), "1.0"), m.protocol(),
                m.serviceAbbreviation(), m.serviceFullName(), serviceId, m.signatureVersion(),
                firstOf(m.signingName(), endpointPrefix), m.targetPrefix(), m.uid(), m.protocols());
        var service = bundle.service();
        return bundle.withService(new dev.ecrgen.codegen.c2j.ServiceModel(service.version(), filled,
                service.operations(), service.shapes(), service.documentation()));
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}

package com.example.app;

import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.BatchCheckLayerAvailabilityResponse;
import dev.ecrgen.services.ecr.model.Layer;
import dev.ecrgen.services.ecr.model.LayerAvailability;
import java.util.List;

/** Application code written against the generated client only, as it would be against the AWS SDK. */
public final class LayerCheck {
    private final EcrClient ecr;

    public LayerCheck(EcrClient ecr) {
        this.ecr = ecr;
    }

    /** The digests among {@code digests} that the repository already has. */
    public List<String> available(String repository, List<String> digests) {
        BatchCheckLayerAvailabilityResponse response =
                ecr.batchCheckLayerAvailability(r -> r.repositoryName(repository).layerDigests(digests));
        return response.layers().stream()
                .filter(layer -> layer.layerAvailability() == LayerAvailability.AVAILABLE)
                .map(Layer::layerDigest)
                .toList();
    }
}

package dev.ecrgen.benchmarks.jmh;

import dev.ecrgen.benchmarks.payload.EcrPayloads;

/** The same requests built with each client's model classes. */
final class Requests {

    private Requests() {
    }

    static dev.ecrgen.services.ecr.model.PutImageRequest ecrgenPutImage(String manifest) {
        return dev.ecrgen.services.ecr.model.PutImageRequest.builder()
                .registryId(EcrPayloads.REGISTRY_ID)
                .repositoryName(EcrPayloads.REPOSITORY)
                .imageManifest(manifest)
                .imageManifestMediaType("application/vnd.oci.image.manifest.v1+json")
                .imageTag("v7")
                .build();
    }

    static software.amazon.awssdk.services.ecr.model.PutImageRequest officialPutImage(String manifest) {
        return software.amazon.awssdk.services.ecr.model.PutImageRequest.builder()
                .registryId(EcrPayloads.REGISTRY_ID)
                .repositoryName(EcrPayloads.REPOSITORY)
                .imageManifest(manifest)
                .imageManifestMediaType("application/vnd.oci.image.manifest.v1+json")
                .imageTag("v7")
                .build();
    }
}

package com.example.app;

import dev.ecrgen.services.ecr.EcrAsyncClient;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.ImageIdentifier;
import java.util.ArrayList;
import java.util.List;

/** A small application of the ECR client; the policy goal finds its calls in the compiled classes. */
public final class Registry {
    private final EcrClient ecr;
    private final EcrAsyncClient async;

    public Registry(EcrClient ecr, EcrAsyncClient async) {
        this.ecr = ecr;
        this.async = async;
    }

    public String token() {
        return ecr.getAuthorizationToken().authorizationData().get(0).authorizationToken();
    }

    public List<String> tags(String repository) {
        List<String> tags = new ArrayList<>();
        for (ImageIdentifier image : ecr.listImagesPaginator(b -> b.repositoryName(repository)).imageIds()) {
            tags.add(image.imageTag());
        }
        return tags;
    }

    public void awaitScan(String repository, String tag) {
        ecr.waiter().waitUntilImageScanComplete(b -> b.repositoryName(repository).imageId(i -> i.imageTag(tag)));
    }

    public void push(String repository, String manifest) {
        async.putImage(b -> b.repositoryName(repository).imageManifest(manifest)).join();
    }
}

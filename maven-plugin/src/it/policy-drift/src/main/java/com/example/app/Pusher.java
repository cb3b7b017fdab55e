package com.example.app;

import dev.ecrgen.services.ecr.EcrClient;

/** Logs in, and since this change also pushes: PutImage is new. */
public final class Pusher {
    private final EcrClient ecr;

    public Pusher(EcrClient ecr) {
        this.ecr = ecr;
    }

    public String token() {
        return ecr.getAuthorizationToken().authorizationData().get(0).authorizationToken();
    }

    public void push(String repository, String manifest) {
        ecr.putImage(b -> b.repositoryName(repository).imageManifest(manifest));
    }
}

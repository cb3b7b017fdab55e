package dev.ecrgen.runtime.client;

import java.util.concurrent.CompletionException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/** Credentials for a call, from either kind of provider a builder takes. */
final class Credentials {

    private Credentials() {
    }

    /**
     * Asks a provider for credentials; a failure becomes an {@code SdkClientException} that names the call, unless it
     * already is an SDK exception.
     */
    static AwsCredentialsIdentity resolve(IdentityProvider<? extends AwsCredentialsIdentity> credentials,
            CallLabel label) {
        AwsCredentialsIdentity identity;
        try {
            if (credentials instanceof AwsCredentialsProvider) {
                identity = ((AwsCredentialsProvider) credentials).resolveCredentials();
            } else {
                identity = credentials.resolveIdentity().join();
            }
        } catch (SdkException e) {
            throw e;
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof SdkException) {
                throw (SdkException) cause;
            }
            throw SdkClientException.create(label.credentialsMessage(cause), cause);
        } catch (RuntimeException e) {
            throw SdkClientException.create(label.credentialsMessage(e), e);
        }
        if (identity == null) {
            throw SdkClientException.create(label.credentialsMessage(new IllegalStateException(
                    "the credentials provider returned no credentials")));
        }
        return identity;
    }
}

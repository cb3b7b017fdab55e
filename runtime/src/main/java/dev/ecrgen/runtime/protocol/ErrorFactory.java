package dev.ecrgen.runtime.protocol;

import dev.ecrgen.runtime.error.AwsErrorDetails;
import dev.ecrgen.runtime.error.AwsServiceException;
import java.io.IOException;

/** Turns a decoded error response into the service's exception for that error code. */
public interface ErrorFactory {

    /**
     * Creates the exception for an error response.
     *
     * @param details the decoded error; {@link AwsErrorDetails#rawBody()} holds the body for modeled members
     * @return the exception to throw, never null
     * @throws IOException when the body cannot be read into the modeled error shape
     */
    AwsServiceException create(AwsErrorDetails details) throws IOException;
}

/**
 * The AWS shared configuration as the AWS SDK for Java v2 (2.57.8) honours it: endpoint URLs (global and per
 * service), FIPS and dual-stack, retry mode and maximum attempts, the defaults mode and the account-ID endpoint mode,
 * each from the client builder, a system property, an environment variable or the profile chosen by
 * {@code aws.profile} / {@code AWS_PROFILE} in the shared config and credentials files, in that order.
 *
 * <p>{@link dev.ecrgen.runtime.config.ClientConfigResolver} resolves everything a client builder needs in one call
 * and returns a {@link dev.ecrgen.runtime.config.ClientConfig}; each value says where it came from
 * ({@link dev.ecrgen.runtime.config.ConfigValue}). {@link dev.ecrgen.runtime.config.ConfigSource} is what is read,
 * replaceable in tests. The profile files are parsed only when a setting was not found earlier in the chain, at most
 * once per resolution, and the SDK's profile classes are not loaded when neither file exists.
 */
package dev.ecrgen.runtime.config;

package dev.ecrgen.runtime.endpoints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The {@code ARN} structure of the endpoint rules language, as {@link RulesFunctions#parseArn} returns it. Immutable;
 * equal when all five attributes are.
 */
public final class RuleArn {

    private final String partition;
    private final String service;
    private final String region;
    private final String accountId;
    private final List<String> resourceId;

    RuleArn(String partition, String service, String region, String accountId, List<String> resourceId) {
        this.partition = partition;
        this.service = service;
        this.region = region;
        this.accountId = accountId;
        this.resourceId = resourceId;
    }

    /**
     * Returns the partition, e.g. {@code aws}; never empty.
     *
     * @return the partition
     */
    public String partition() {
        return partition;
    }

    /**
     * Returns the service namespace, e.g. {@code ecr}; never empty.
     *
     * @return the service
     */
    public String service() {
        return service;
    }

    /**
     * Returns the region; empty for a resource that is not regional.
     *
     * @return the region
     */
    public String region() {
        return region;
    }

    /**
     * Returns the account id; empty for a resource no account owns.
     *
     * @return the account id
     */
    public String accountId() {
        return accountId;
    }

    /**
     * Returns the resource, everything after the fifth colon, split at every {@code :} and {@code /}; empty parts are
     * kept, so {@code repository/team/app} gives {@code [repository, team, app]} and {@code a//b:} gives
     * {@code [a, , b, ]}. Unmodifiable, never empty.
     *
     * @return the resource parts
     */
    public List<String> resourceId() {
        return resourceId;
    }

    /**
     * Parses {@code arn:partition:service:region:account-id:resource}, where partition, service and resource must not
     * be empty and the resource may hold further colons.
     *
     * @return the ARN, or null when the text is not one
     */
    static RuleArn parse(String text) {
        if (!text.startsWith("arn:")) {
            return null;
        }
        int partitionEnd = text.indexOf(':', 4);
        int serviceEnd = partitionEnd < 0 ? -1 : text.indexOf(':', partitionEnd + 1);
        int regionEnd = serviceEnd < 0 ? -1 : text.indexOf(':', serviceEnd + 1);
        int accountEnd = regionEnd < 0 ? -1 : text.indexOf(':', regionEnd + 1);
        if (accountEnd < 0 || partitionEnd == 4 || serviceEnd == partitionEnd + 1 || accountEnd == text.length() - 1) {
            return null;
        }
        return new RuleArn(text.substring(4, partitionEnd), text.substring(partitionEnd + 1, serviceEnd),
                text.substring(serviceEnd + 1, regionEnd), text.substring(regionEnd + 1, accountEnd),
                splitResource(text, accountEnd + 1));
    }

    private static List<String> splitResource(String text, int from) {
        int n = text.length();
        int start = from;
        List<String> parts = null;
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '/') {
                if (parts == null) {
                    parts = new ArrayList<>(4);
                }
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (parts == null) {
            return Collections.singletonList(text.substring(from));
        }
        parts.add(text.substring(start));
        return Collections.unmodifiableList(parts);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RuleArn)) {
            return false;
        }
        RuleArn other = (RuleArn) o;
        return partition.equals(other.partition) && service.equals(other.service) && region.equals(other.region)
                && accountId.equals(other.accountId) && resourceId.equals(other.resourceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partition, service, region, accountId, resourceId);
    }

    @Override
    public String toString() {
        return "RuleArn(partition=" + partition + ", service=" + service + ", region=" + region + ", accountId="
                + accountId + ", resourceId=" + resourceId + ")";
    }
}

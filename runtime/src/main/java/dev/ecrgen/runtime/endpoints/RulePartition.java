package dev.ecrgen.runtime.endpoints;

import java.util.Objects;

/**
 * The {@code Partition} structure of the endpoint rules language, as {@link RulesFunctions#partition} returns it: the
 * outputs of one AWS partition. Immutable; equal when all six attributes are.
 */
public final class RulePartition {

    private final String name;
    private final String dnsSuffix;
    private final String dualStackDnsSuffix;
    private final boolean supportsFIPS;
    private final boolean supportsDualStack;
    private final String implicitGlobalRegion;

    RulePartition(String name, String dnsSuffix, String dualStackDnsSuffix, boolean supportsFIPS,
            boolean supportsDualStack, String implicitGlobalRegion) {
        this.name = name;
        this.dnsSuffix = dnsSuffix;
        this.dualStackDnsSuffix = dualStackDnsSuffix;
        this.supportsFIPS = supportsFIPS;
        this.supportsDualStack = supportsDualStack;
        this.implicitGlobalRegion = implicitGlobalRegion;
    }

    /**
     * Returns the partition's name, e.g. {@code aws-cn}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the partition's DNS suffix, e.g. {@code amazonaws.com.cn}.
     *
     * @return the DNS suffix
     */
    public String dnsSuffix() {
        return dnsSuffix;
    }

    /**
     * Returns the partition's DNS suffix for dual-stack endpoints, e.g. {@code api.aws}.
     *
     * @return the dual-stack DNS suffix
     */
    public String dualStackDnsSuffix() {
        return dualStackDnsSuffix;
    }

    /**
     * Returns whether the partition has FIPS endpoints.
     *
     * @return true when it supports FIPS
     */
    public boolean supportsFIPS() {
        return supportsFIPS;
    }

    /**
     * Returns whether the partition has dual-stack (IPv4 and IPv6) endpoints.
     *
     * @return true when it supports dual-stack
     */
    public boolean supportsDualStack() {
        return supportsDualStack;
    }

    /**
     * Returns the region that global (non-regional) services of the partition sign requests for.
     *
     * @return the region, e.g. {@code us-east-1}
     */
    public String implicitGlobalRegion() {
        return implicitGlobalRegion;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RulePartition)) {
            return false;
        }
        RulePartition other = (RulePartition) o;
        return supportsFIPS == other.supportsFIPS && supportsDualStack == other.supportsDualStack
                && name.equals(other.name) && dnsSuffix.equals(other.dnsSuffix)
                && dualStackDnsSuffix.equals(other.dualStackDnsSuffix)
                && implicitGlobalRegion.equals(other.implicitGlobalRegion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dnsSuffix, dualStackDnsSuffix, supportsFIPS, supportsDualStack,
                implicitGlobalRegion);
    }

    @Override
    public String toString() {
        return "RulePartition(name=" + name + ", dnsSuffix=" + dnsSuffix + ", dualStackDnsSuffix="
                + dualStackDnsSuffix + ", supportsFIPS=" + supportsFIPS + ", supportsDualStack=" + supportsDualStack
                + ", implicitGlobalRegion=" + implicitGlobalRegion + ")";
    }
}

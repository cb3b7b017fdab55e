package dev.ecrgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServiceInfoTest {
    @Test
    void targetIsThePrefixAndTheOperation() {
        assertEquals("AmazonEC2ContainerRegistry_V20150921.ListImages", ClientFixtures.ECR.target("ListImages"));
    }

    @Test
    void withoutAPrefixTheTargetIsTheOperationAlone() {
        assertEquals("ListImages", new ServiceInfo("Legacy", "Legacy", "legacy", "legacy", null, "1.0")
                .target("ListImages"));
        assertEquals("ListImages", new ServiceInfo("Legacy", "Legacy", "legacy", "legacy", "", "1.0")
                .target("ListImages"));
    }
}

package org.slf4j.impl;

import dev.ecrgen.runtime.testing.CapturedLogs;
import org.slf4j.ILoggerFactory;
import org.slf4j.spi.LoggerFactoryBinder;

/** Binds SLF4J 1.7 to {@link CapturedLogs} in the runtime's tests. */
public final class StaticLoggerBinder implements LoggerFactoryBinder {

    /** The SLF4J API version this binding was written for. */
    public static String REQUESTED_API_VERSION = "1.6.99";

    private static final StaticLoggerBinder SINGLETON = new StaticLoggerBinder();
    private final ILoggerFactory factory = CapturedLogs::logger;

    private StaticLoggerBinder() {
    }

    public static StaticLoggerBinder getSingleton() {
        return SINGLETON;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public String getLoggerFactoryClassStr() {
        return CapturedLogs.class.getName();
    }
}

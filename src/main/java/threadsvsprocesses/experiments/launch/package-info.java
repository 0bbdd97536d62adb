/**
 * The process launch mechanisms (C11) and how one is applied in a fresh JMH fork.
 * Depends on nothing but {@code labels}.
 */
package threadsvsprocesses.experiments.launch;

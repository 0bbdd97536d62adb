/**
 * The Java 8 entry point of the jar, which finds a JDK 21+ and relaunches on it. Depends on nothing.
 */
package threadsvsprocesses.launcher;

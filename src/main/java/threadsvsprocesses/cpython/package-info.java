/**
 * CPython's own models beside the JVM's: the interpreter found and described ({@link
 * threadsvsprocesses.cpython.PythonInterpreter}), the worker script shipped in the jar and the process that runs it
 * ({@link threadsvsprocesses.cpython.PythonWorker}), and the models it offers ({@link
 * threadsvsprocesses.cpython.CpythonModel}). The workloads are the JVM's, ported step for step to {@code worker.py},
 * so the checksums match. Depends on {@code workload}, {@code execution} and {@code labels}.
 */
package threadsvsprocesses.cpython;

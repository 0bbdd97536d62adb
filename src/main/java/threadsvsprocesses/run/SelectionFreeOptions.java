package threadsvsprocesses.run;

import org.openjdk.jmh.runner.options.Options;

import java.io.Serializable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * The user's JMH options with their benchmark regexes hidden. Each cell runs with the user's options as parent,
 * and JMH's {@code OptionsBuilder} adds a parent's includes to its own: without this, every cell would run every
 * benchmark the user's regex matches.
 */
final class SelectionFreeOptions implements InvocationHandler, Serializable {

    private static final long serialVersionUID = 1L;

    private final Options user;

    private SelectionFreeOptions(Options user) {
        this.user = user;
    }

    static Options of(Options user) {
        return (Options) Proxy.newProxyInstance(Options.class.getClassLoader(), new Class<?>[] {Options.class},
                new SelectionFreeOptions(user));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("getIncludes") || name.equals("getExcludes") || name.equals("getWarmupIncludes")) {
            return List.of();
        }
        try {
            return method.invoke(user, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

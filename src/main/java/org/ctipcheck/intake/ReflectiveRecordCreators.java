package org.ctipcheck.intake;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;

/**
 * Builds the intake records through {@link Constructor#newInstance} instead of Jackson's method handles.
 *
 * <p>Jackson 3 calls a multi-argument creator with {@code MethodHandle.invokeWithArguments}, which spins a new
 * method-handle class for every constructor shape on first use: about 130 generated classes (a tenth of a second)
 * for one cold {@code ctip check}. Plain reflection costs nothing to set up and is as fast for a file of this size.
 */
final class ReflectiveRecordCreators extends JacksonModule {

    @Override
    public String getModuleName() {
        return "ctip-reflective-record-creators";
    }

    @Override
    public tools.jackson.core.Version version() {
        return tools.jackson.core.Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueInstantiator instantiator) {
                if (instantiator.getClass() == StdValueInstantiator.class
                        && instantiator.getValueClass().isRecord()
                        && instantiator.getValueClass().getPackageName().equals(ReflectiveRecordCreators.class.getPackageName())) {
                    return new Reflective((StdValueInstantiator) instantiator);
                }
                return instantiator;
            }
        });
    }

    private static final class Reflective extends StdValueInstantiator {
        Reflective(StdValueInstantiator source) {
            super(source);
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext context, BeanDescription.Supplier description) {
            ValueInstantiator contextual = super.createContextual(context, description);
            return contextual == this || contextual.getClass() != StdValueInstantiator.class
                    ? contextual : new Reflective((StdValueInstantiator) contextual);
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] arguments) throws JacksonException {
            if (_withArgsCreator == null || !(_withArgsCreator.getAnnotated() instanceof Constructor<?> constructor)) {
                return super.createFromObjectWith(context, arguments);
            }
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                throw rewrapCtorProblem(context, e.getCause());
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw rewrapCtorProblem(context, e);
            }
        }
    }
}

package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.JavaFile;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import dev.ecrgen.codegen.resolve.StructureClass;
import java.util.ArrayList;
import java.util.List;

/** Runs every emitter over a resolved service, in a fixed order, and returns the files to write. */
public final class JavaGenerator {
    private JavaGenerator() {}

    public static List<JavaFile> generate(ServiceIndex index) {
        EmitContext context = new EmitContext(index);
        List<JavaFile> files = new ArrayList<>();
        ClientEmitter client = new ClientEmitter(context);
        files.add(client.clientInterface());
        files.add(client.clientBuilder());
        files.add(client.defaultClient());

        BaseTypesEmitter bases = new BaseTypesEmitter(context);
        files.add(bases.requestBase());
        files.add(bases.responseBase());

        StructureEmitter structures = new StructureEmitter(context);
        CodecEmitter codecs = new CodecEmitter(context);
        for (StructureClass structure : index.structures()) {
            files.add(structures.emit(structure));
            boolean writes = switch (structure.kind()) {
                case REQUEST -> true;
                case RESPONSE -> false;
                case STRUCTURE -> index.isWritten(structure.shapeName());
            };
            boolean reads = switch (structure.kind()) {
                case REQUEST -> false;
                case RESPONSE -> true;
                case STRUCTURE -> index.isRead(structure.shapeName());
            };
            files.add(codecs.emit(structure, writes, reads));
        }

        EnumEmitter enums = new EnumEmitter(context);
        for (String shape : index.enumShapes()) {
            files.add(enums.emit(shape));
        }

        ExceptionEmitter exceptions = new ExceptionEmitter(context);
        files.add(exceptions.emitServiceException());
        for (String shape : index.errorShapes()) {
            files.add(exceptions.emit(shape));
            files.add(codecs.emitException(shape, exceptions.fieldMembers(index.shape(shape))));
        }
        files.add(new ErrorFactoryEmitter(context, exceptions).emit());
        return files;
    }
}

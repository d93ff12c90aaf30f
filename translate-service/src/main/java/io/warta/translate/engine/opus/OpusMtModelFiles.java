package io.warta.translate.engine.opus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The files of an OPUS-MT ONNX export as published in {@code Xenova/opus-mt-id-en}, found in one directory.
 * The quantized ONNX files are used when asked for and present, else the full-precision ones.
 */
public record OpusMtModelFiles(Path directory, Path encoder, Path decoder, Path sourceSpm, Path targetSpm,
                               Path vocabulary, Path config, Path generationConfig) {

    public static OpusMtModelFiles locate(Path directory, boolean preferQuantized) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("model directory " + directory + " does not exist");
        }
        Path onnx = directory.resolve("onnx");
        Path encoder = pick(onnx, "encoder_model", preferQuantized);
        Path decoder = pick(onnx, "decoder_model_merged", preferQuantized);
        OpusMtModelFiles files = new OpusMtModelFiles(directory, encoder, decoder, directory.resolve("source.spm"),
                directory.resolve("target.spm"), directory.resolve("vocab.json"), directory.resolve("config.json"),
                directory.resolve("generation_config.json"));
        for (Path required : List.of(files.sourceSpm, files.targetSpm, files.vocabulary, files.config)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalArgumentException("model file missing: " + required);
            }
        }
        return files;
    }

    private static Path pick(Path onnx, String name, boolean preferQuantized) {
        Path quantized = onnx.resolve(name + "_quantized.onnx");
        Path full = onnx.resolve(name + ".onnx");
        Path first = preferQuantized ? quantized : full;
        Path second = preferQuantized ? full : quantized;
        if (Files.isRegularFile(first)) {
            return first;
        }
        if (Files.isRegularFile(second)) {
            return second;
        }
        throw new IllegalArgumentException("model file missing: " + first);
    }

    /**
     * Short digest of the configuration, vocabulary and tokenizer files and the ONNX files' names and sizes
     * (hashing 100 MB of weights at every start would cost more than it protects against): a new model gives
     * a new engine version, so the translation memory never serves an old model's segments.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : List.of(config, generationConfig, vocabulary, sourceSpm, targetSpm)) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(file)) {
                    digest.update(Files.readAllBytes(file));
                }
            }
            for (Path file : List.of(encoder, decoder)) {
                digest.update((file.getFileName() + ":" + Files.size(file)).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

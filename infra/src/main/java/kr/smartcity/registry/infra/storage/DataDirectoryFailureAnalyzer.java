package kr.smartcity.registry.infra.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an unusable data directory as the reason the start failed, with what to do, and no stack trace. */
public final class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryUnusable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryUnusable cause) {
        return new FailureAnalysis(cause.getMessage(),
                "데이터 디렉터리를 쓸 수 있게 하십시오 (디스크 공간, 권한, 경로) / Make " + cause.directory()
                        + " writable (free disk space, permissions, a path that is a directory), or start with"
                        + " --registry.data-dir=<another directory>.", cause);
    }
}

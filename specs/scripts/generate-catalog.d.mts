/** File path (relative to specs/) → content of every module generated from webchat-service.yaml. */
export declare function renderCatalogFiles(yamlText: string): Record<string, string>
/** Absolute path of webchat-service.yaml. */
export declare const catalogPath: string

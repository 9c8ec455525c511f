/** Where the entity model shipped with the package lives: `loadNerModel(readFileSync(NER_MODEL_URL))`. */
export const NER_MODEL_URL = new URL('../models/ner.bin', import.meta.url)

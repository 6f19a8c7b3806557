import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type DefaultValue,
  type SubmissionResult,
} from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from '@remix-run/react'
import type { ReactNode } from 'react'
import type { z } from 'zod'
import {
  CheckboxGroup,
  Field,
  FormErrors,
  SelectField,
  SubmitButton,
  TextAreaField,
} from '~/components/forms'
import { StreamRows } from '~/components/profile-streams'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import {
  businessLanguages,
  companySizes,
  languageName,
  profileFieldsSchema,
  profileLimits,
  type TagField,
} from '~/modules/profiles/profile-fields'
import type { ProfileSnapshot } from '~/modules/profiles/snapshot'
import { countryOptions } from '~/modules/taxonomy/countries'

export type TermOption = { code: string; label: string; note?: string }
export type ProfileFormTaxonomy = Record<
  'role' | 'material' | 'technology' | 'cooperation' | 'market' | 'stream',
  TermOption[]
>

// Conform wants absent values as undefined; stored profiles have nulls.
function withoutNulls(profile?: Partial<ProfileSnapshot>) {
  if (!profile) return undefined
  return Object.fromEntries(
    Object.entries(profile).map(([key, value]) => [key, value ?? undefined]),
  ) as DefaultValue<z.input<typeof profileFieldsSchema>>
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-5 rounded-lg border border-slate-200 bg-white p-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  )
}

/** The organisation profile form, for creating and for editing. */
export function ProfileForm({
  lastResult,
  defaultValue,
  taxonomy,
  version,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null
  defaultValue?: Partial<ProfileSnapshot>
  taxonomy: ProfileFormTaxonomy
  version?: number
  submitLabel: string
}) {
  const pending = useNavigation().state === 'submitting'
  const locale = useLocale()
  const texts = useT().profiles
  const t = texts.form
  const [form, fields] = useForm<z.input<typeof profileFieldsSchema>>({
    id: 'profile',
    lastResult,
    defaultValue: withoutNulls(defaultValue),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileFieldsSchema }),
  })
  const selected = (field: TagField | 'languages') => {
    const value = fields[field].value
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
    return typeof value === 'string' ? [value] : []
  }
  const tagGroup = (
    field: TagField,
    legend: string,
    kind: keyof ProfileFormTaxonomy,
    columns: 1 | 2 | 3 = 2,
  ) => (
    <CheckboxGroup
      legend={legend}
      name={field}
      field={fields[field]}
      hint={t.choose(profileLimits[field])}
      options={taxonomy[kind].map((term) => ({ value: term.code, label: term.label, note: term.note }))}
      selected={selected(field)}
      columns={columns}
    />
  )

  return (
    <Form method="post" className="space-y-6" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}

      <Section title={t.organisation}>
        <Field
          label={t.name}
          field={fields.name}
          inputProps={{ ...getInputProps(fields.name, { type: 'text' }), lang: 'en' }}
        />
        <Field
          label={t.nameJa}
          field={fields.nameJa}
          inputProps={{ ...getInputProps(fields.nameJa, { type: 'text' }), lang: 'ja' }}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label={t.country}
            field={fields.country}
            selectProps={getSelectProps(fields.country)}
            options={countryOptions(locale).map(({ code, name }) => ({ value: code, label: name }))}
            placeholder={t.chooseCountry}
          />
          <Field
            label={t.city}
            field={fields.city}
            inputProps={{ ...getInputProps(fields.city, { type: 'text' }), translate: 'no' }}
          />
          <Field
            label={t.website}
            field={fields.website}
            hint={t.websiteHint}
            inputProps={{
              ...getInputProps(fields.website, { type: 'text' }),
              inputMode: 'url',
              autoComplete: 'url',
            }}
          />
          <SelectField
            label={t.size}
            field={fields.size}
            hint={t.sizeHint}
            selectProps={getSelectProps(fields.size)}
            options={companySizes.map((size) => ({ value: size, label: texts.sizes[size] }))}
            placeholder={t.sizeNotStated}
          />
          <Field
            label={t.yearFounded}
            field={fields.yearFounded}
            inputProps={{ ...getInputProps(fields.yearFounded, { type: 'number' }), inputMode: 'numeric' }}
          />
        </div>
        <TextAreaField
          label={t.description}
          field={fields.description}
          hint={t.descriptionHint(profileLimits.description)}
          textareaProps={{ ...getTextareaProps(fields.description), lang: 'en' }}
        />
        <TextAreaField
          label={t.descriptionJa}
          field={fields.descriptionJa}
          textareaProps={{ ...getTextareaProps(fields.descriptionJa), lang: 'ja' }}
        />
      </Section>

      <Section title={t.valueChain}>
        {tagGroup('roles', t.roles, 'role')}
        {tagGroup('materials', t.materials, 'material', 3)}
        {tagGroup('technologies', t.technologies, 'technology')}
      </Section>

      <Section title={t.cooperation}>
        {tagGroup('offers', t.offers, 'cooperation')}
        {tagGroup('seeks', t.seeks, 'cooperation')}
        {tagGroup('markets', t.markets, 'market')}
        <CheckboxGroup
          legend={t.languages}
          name="languages"
          field={fields.languages}
          options={businessLanguages.map((code) => ({ value: code, label: languageName(code, locale) }))}
          selected={selected('languages')}
          columns={3}
        />
      </Section>

      <Section title={t.streams}>
        <StreamRows form={form} field={fields.streams} options={taxonomy.stream} />
      </Section>

      <Section title={t.contact}>
        <p className="text-sm text-slate-600">{t.contactHint}</p>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field
            label={t.contactName}
            field={fields.contactName}
            inputProps={{ ...getInputProps(fields.contactName, { type: 'text' }), translate: 'no' }}
          />
          <Field
            label={t.contactEmail}
            field={fields.contactEmail}
            inputProps={getInputProps(fields.contactEmail, { type: 'email' })}
          />
          <Field
            label={t.contactPhone}
            field={fields.contactPhone}
            inputProps={getInputProps(fields.contactPhone, { type: 'tel' })}
          />
        </div>
      </Section>

      <div className="max-w-xs">
        <SubmitButton pending={pending}>{pending ? t.saving : submitLabel}</SubmitButton>
      </div>
    </Form>
  )
}
